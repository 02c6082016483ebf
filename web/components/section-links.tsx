import Link from 'next/link';
import { routes } from '@newsroom/shared';
import type { SectionLink } from '@/lib/cms/types';

/** A list item linking each section, for the header's and the footer's navigation lists. */
export function SectionLinks({ sections }: { sections: SectionLink[] }) {
  return sections.map((section) => (
    <li key={section.slug}>
      <Link href={routes.section(section.slug)}>{section.name}</Link>
    </li>
  ));
}
