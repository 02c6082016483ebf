import { ApolloArmor } from '@escape.tech/graphql-armor';

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * How much one GraphQL request may ask of the CMS. Depth and page size are bounded by Strapi's own
 * `depthLimit` / `maxLimit`; these bound the rest with graphql-armor, before anything executes:
 * 500 aliased `articles { related { … } }` in one request took 22.8 s before, and is refused now.
 * The website's own documents stay well inside (a unit test runs each of them through these rules).
 */
export const GRAPHQL_LIMITS = {
  maxAliases: { n: 15 },
  // The website's costliest document (the article page) scores about 1,400.
  costLimit: { maxCost: 3000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  // Counted by graphql-js's own parser instead (MAX_TOKENS below): armor's Apollo plugin throws
  // from a hook Apollo treats as an internal error, so the refusal would be a 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  // Strapi's depthLimit already bounds depth; one rule for one limit.
  maxDepth: { enabled: false },
  // Field suggestions ("Did you mean …") would describe the schema to a client without introspection.
  blockFieldSuggestion: { enabled: true },
} satisfies ArmorConfig;

/** The most tokens (names, punctuation, values) one GraphQL document may have: a syntax error (400) beyond. */
export const MAX_TOKENS = 1000;

/** The Apollo Server options that enforce these limits (validation rules, plugins and parser options, merged into Strapi's). */
export function graphqlLimits() {
  return { ...new ApolloArmor(GRAPHQL_LIMITS).protect(), parseOptions: { maxTokens: MAX_TOKENS } };
}
