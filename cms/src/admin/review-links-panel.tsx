import { useState } from 'react';
import { Button, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useFailureNotice } from './failure-notice';

type PanelProps = { model: string; documentId?: string };
type CreatedLink = { url: string; expiresAt: string };

// The API takes a whole number of days from 1 to 30 (MAX_REVIEW_LINK_DAYS in @newsroom/shared).
const EXPIRY_DAYS = [1, 3, 7, 14, 30];

function ReviewLinksContent({ documentId }: { documentId: string }) {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [days, setDays] = useState('7');
  const [link, setLink] = useState<CreatedLink | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = useFailureNotice();

  const copyLink = async () => {
    setBusy(true);
    try {
      const { data } = await post<CreatedLink>(`/newsroom/articles/${documentId}/review-links`, { days: Number(days) });
      setLink(data);
      await navigator.clipboard?.writeText(data.url).catch(() => undefined);
      toggleNotification({ type: 'success', message: 'Review link copied to the clipboard.' });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const revokeAll = async () => {
    if (!window.confirm('Revoke every review link to this article? Reviewers will need new links.')) return;
    setBusy(true);
    try {
      await post(`/newsroom/articles/${documentId}/review-links/revoke`, {});
      setLink(null);
      toggleNotification({ type: 'success', message: 'All earlier review links now fail.' });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor="neutral600">
        Anyone with the link can read this draft, without an account, until it expires. Publishing the article ends
        every link; so does revoking them.
      </Typography>
      <SingleSelect aria-label="Link expires after" value={days} onChange={(value) => setDays(String(value))} size="S">
        {EXPIRY_DAYS.map((n) => (
          <SingleSelectOption key={n} value={String(n)}>
            {`Expires after ${n} day${n === 1 ? '' : 's'}`}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Button fullWidth variant="secondary" loading={busy} onClick={copyLink}>
        Copy review link
      </Button>
      {link ? (
        <Typography variant="pi" style={{ wordBreak: 'break-all' }} data-testid="review-link">
          {link.url}
        </Typography>
      ) : null}
      <Button fullWidth variant="danger-light" disabled={busy} onClick={revokeAll}>
        Revoke all review links
      </Button>
    </Flex>
  );
}

/** Edit-view side panel of articles: share the draft with a reviewer, or withdraw every link. */
export const ReviewLinksPanel = ({ model, documentId }: PanelProps) => {
  if (model !== 'api::article.article') return null;
  return {
    title: 'Review links',
    content: documentId ? (
      <ReviewLinksContent documentId={documentId} />
    ) : (
      <Typography variant="pi">Save the article first to share it for review.</Typography>
    ),
  };
};
ReviewLinksPanel.displayName = 'ReviewLinksPanel';
