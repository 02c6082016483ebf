import { useCallback, useEffect, useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useFailureNotice } from './failure-notice';

type PanelProps = { model: string; documentId?: string };
type Version = { id: number; createdAt: string; editor: string; action: string };
type Difference = { field: string; label: string; current: unknown; version: unknown };

/** A field's value as a short line of text: rich text as its words, lists joined, nothing as "(empty)". */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'children' in item)) {
    const words = JSON.stringify(value).match(/"text":"((?:[^"\\]|\\.)*)"/g) ?? [];
    const text = words.map((word) => JSON.parse(word.slice(7))).join(' ');
    return text.length > 160 ? `${text.slice(0, 160)}…` : text || '(empty)';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

function HistoryContent({ documentId }: { documentId: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [open, setOpen] = useState<{ id: number; differences: Difference[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const failed = useFailureNotice();

  const load = useCallback(async () => {
    try {
      const { data } = await get<{ versions: Version[] }>(`/newsroom/articles/${documentId}/versions`);
      setVersions(data.versions);
    } catch (error) {
      failed(error);
    }
  }, [documentId]);

  useEffect(() => {
    void load();
  }, [load]);

  const compare = async (id: number) => {
    if (open?.id === id) return setOpen(null);
    try {
      const { data } = await get<{ differences: Difference[] }>(`/newsroom/articles/${documentId}/versions/${id}`);
      setOpen({ id, differences: data.differences });
    } catch (error) {
      failed(error);
    }
  };

  const restore = async (id: number) => {
    if (!window.confirm('Put this version’s fields into the draft? The live article changes only when you publish.'))
      return;
    setBusy(true);
    try {
      await post(`/newsroom/articles/${documentId}/versions/${id}/restore`, {});
      toggleNotification({ type: 'success', message: 'Version restored into the draft. Review it, then publish.' });
      window.location.reload();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  if (versions === null) return <Typography variant="pi">Loading versions…</Typography>;
  if (versions.length === 0)
    return <Typography variant="pi">No versions yet: every save and publish keeps one.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {versions.slice(0, 8).map((version) => (
        <Flex key={version.id} direction="column" alignItems="stretch" gap={1} data-testid="history-version">
          <Typography variant="pi" fontWeight="bold">
            {new Date(version.createdAt).toLocaleString()} · {version.action === 'publish' ? 'Published' : 'Saved'}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {version.editor}
          </Typography>
          <Flex gap={2}>
            <Button size="S" variant="tertiary" onClick={() => compare(version.id)}>
              {open?.id === version.id ? 'Hide changes' : 'Compare with draft'}
            </Button>
            <Button size="S" variant="secondary" disabled={busy} onClick={() => restore(version.id)}>
              Restore
            </Button>
          </Flex>
          {open?.id === version.id ? (
            open.differences.length === 0 ? (
              <Typography variant="pi">Same as the current draft.</Typography>
            ) : (
              open.differences.map((difference) => (
                <Flex key={difference.field} direction="column" alignItems="stretch" gap={0}>
                  <Typography variant="pi" fontWeight="bold">
                    {difference.label}
                  </Typography>
                  <Typography variant="pi" textColor="danger600">
                    Draft: {shown(difference.current)}
                  </Typography>
                  <Typography variant="pi" textColor="success600">
                    This version: {shown(difference.version)}
                  </Typography>
                </Flex>
              ))
            )
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
}

/** Edit-view side panel of articles: every saved and published version, compared and restorable. */
export const HistoryPanel = ({ model, documentId }: PanelProps) => {
  if (model !== 'api::article.article') return null;
  return {
    title: 'History',
    content: documentId ? (
      <HistoryContent documentId={documentId} />
    ) : (
      <Typography variant="pi">Versions appear once the article is saved.</Typography>
    ),
  };
};
HistoryPanel.displayName = 'HistoryPanel';
