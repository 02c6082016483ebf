export * from './slug';
export * from './format';
export * from './routes';
export * from './article-rules';
export * from './graphql/documents';
export type * from './generated/graphql';
export * from './review-link';
export * from './plain-text';
export * from './search';
