import type { Site } from '@/lib/cms/types';

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <p>
        © {new Date().getUTCFullYear()} {site.name}
      </p>
    </footer>
  );
}
