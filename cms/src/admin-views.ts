// How the admin shows each content type, in the newsroom's words: labels, descriptions and
// placeholders beside each field, the edit form's rows, the list view's columns and order.
// Strapi keeps these settings in its database; bootstrap/admin-views.ts seeds them from here
// without overwriting what an operator changes later in "Configure the view".

export type FieldView = { label: string; description?: string; placeholder?: string };
export type AdminView = {
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
  /** Columns of the list view, left to right. */
  list: string[];
  /** Rows of the edit form: field names with their width out of 12. */
  edit: [string, number][][];
  fields: Record<string, FieldView>;
};

export const ADMIN_VIEWS: Record<string, AdminView> = {
  'api::article.article': {
    mainField: 'title',
    defaultSortBy: 'publicationDate',
    defaultSortOrder: 'DESC',
    list: ['title', 'author', 'section', 'publicationDate', 'publishAt'],
    edit: [
      [['title', 12]],
      [['dek', 12]],
      [['body', 12]],
      [
        ['heroImage', 6],
        ['heroAlt', 6],
      ],
      [
        ['heroCaption', 6],
        ['imageSource', 6],
      ],
      [
        ['author', 6],
        ['section', 6],
      ],
      [
        ['tags', 6],
        ['publicationDate', 6],
      ],
      [
        ['slug', 6],
        ['proposedPublishAt', 6],
      ],
      [
        ['publishAt', 6],
        ['unpublishAt', 6],
      ],
      [['seo', 12]],
    ],
    fields: {
      title: {
        label: 'Headline',
        description: 'At most 200 characters. Until the first publish, the slug follows it.',
        placeholder: 'What the piece argues, in a line',
      },
      slug: {
        label: 'Slug (web address)',
        description: 'The article’s URL: /articles/<slug>. Changing it after publishing keeps the old URL redirecting.',
      },
      dek: {
        label: 'Standfirst (dek)',
        description: 'One paragraph under the headline; required to publish.',
        placeholder: 'Why this matters now, in two or three sentences',
      },
      body: { label: 'Body', description: 'Required to publish. Pasted empty paragraphs are removed on save.' },
      heroImage: { label: 'Hero image', description: 'The picture at the top of the article and on cards.' },
      heroAlt: {
        label: 'Alt text',
        description:
          'Describes the hero image for readers who cannot see it. Prefilled from the media library; required to publish.',
        placeholder: 'Delegates leave the chamber after the vote',
      },
      heroCaption: { label: 'Caption', placeholder: 'What, where and when the picture shows' },
      imageSource: {
        label: 'Image source',
        description: 'The credit shown as “IMAGE SOURCE: …”; required with a hero image.',
        placeholder: 'AFP',
      },
      publicationDate: {
        label: 'Publication date',
        description: 'Shown as “December 1, 2021”. Today’s if left empty.',
      },
      publishAt: {
        label: 'Publish at (editors)',
        description: 'Goes live at this time (your time zone), checked every minute. Only editors set it.',
      },
      unpublishAt: { label: 'Unpublish at (editors)', description: 'Taken down at this time. Only editors set it.' },
      proposedPublishAt: {
        label: 'Proposed publish time',
        description: 'An author’s suggestion for the editor; it publishes nothing by itself.',
      },
      author: { label: 'Author' },
      section: { label: 'Section' },
      tags: { label: 'Tags' },
      seo: { label: 'SEO', description: 'Overrides for search engines and social cards; optional.' },
    },
  },
  'api::author.author': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'role', 'slug'],
    edit: [
      [
        ['name', 6],
        ['role', 6],
      ],
      [['bio', 12]],
      [
        ['avatar', 6],
        ['slug', 6],
      ],
      [['articles', 12]],
    ],
    fields: {
      name: { label: 'Name', placeholder: 'Amara Okafor' },
      role: { label: 'Role', description: 'Shown under the byline.', placeholder: 'Senior Editor' },
      bio: { label: 'Biography', description: 'A few sentences on the author’s page.' },
      avatar: { label: 'Portrait' },
      slug: {
        label: 'Slug (web address)',
        description: 'The author page’s URL: /authors/<slug>. Follows the name when left empty.',
      },
      articles: { label: 'Articles' },
    },
  },
  'api::section.section': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'slug'],
    edit: [
      [
        ['name', 6],
        ['slug', 6],
      ],
      [['description', 12]],
      [['articles', 12]],
    ],
    fields: {
      name: { label: 'Name', placeholder: 'Politics' },
      slug: { label: 'Slug (web address)', description: 'The section page’s URL: /sections/<slug>.' },
      description: { label: 'Description', description: 'Shown under the section’s name and in its feed.' },
      articles: { label: 'Articles' },
    },
  },
  'api::tag.tag': {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'slug'],
    edit: [
      [
        ['name', 6],
        ['slug', 6],
      ],
      [['articles', 12]],
    ],
    fields: {
      name: { label: 'Name', placeholder: 'Elections' },
      slug: { label: 'Slug (web address)', description: 'The tag page’s URL: /tags/<slug>.' },
      articles: { label: 'Articles' },
    },
  },
};
