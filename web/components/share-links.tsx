import { ShareButton } from '@/components/share-button';

/** Links that share an article by email and on the common networks, plus the device's own share. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: 'Email', href: `mailto:?subject=${t}&body=${u}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share__heading">
        Share this article
      </h2>
      <ul className="share__links">
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} target={link.name === 'Email' ? undefined : '_blank'} rel="noopener noreferrer">
              {link.name}
              {link.name === 'Email' ? null : <span className="visually-hidden"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
        <li>
          <ShareButton url={url} title={title} />
        </li>
      </ul>
    </section>
  );
}
