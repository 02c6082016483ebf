import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { cmsErrorOf, kindOfApolloError } from './apollo-errors';
import { CMS_ERROR_ADVICE, CmsError, kindOfStatus, reportCmsError } from './errors';

const answer = (status: number, body: string) => new Response(body, { status });

describe('what kind of CMS failure the website reports', () => {
  it('names a refused token as the website’s own settings', () => {
    expect(kindOfApolloError(new ServerError('no', { response: answer(401, ''), bodyText: '' }))).toBe('misconfigured');
    const refused = new CombinedGraphQLErrors({
      errors: [{ message: 'Forbidden access', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(kindOfApolloError(refused)).toBe('misconfigured');
  });

  it('names a query the schema refuses as rejected, and an outage as unreachable', () => {
    const invalid = new CombinedGraphQLErrors({
      errors: [{ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    expect(kindOfApolloError(invalid)).toBe('rejected');
    expect(kindOfApolloError(new ServerError('down', { response: answer(502, ''), bodyText: '' }))).toBe('unreachable');
    expect(kindOfApolloError(new TypeError('fetch failed'))).toBe('unreachable');
  });

  it('names an answer that is not JSON as invalid', () => {
    const parse = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: answer(200, '<html>'),
      bodyText: '<html>',
    });
    expect(kindOfApolloError(parse)).toBe('invalid-response');
  });

  it('maps plain HTTP statuses the same way for the proxy’s fetch path', () => {
    expect([401, 403, 400, 404, 500, 503, 429].map(kindOfStatus)).toEqual([
      'misconfigured',
      'misconfigured',
      'rejected',
      'rejected',
      'unreachable',
      'unreachable',
      'unreachable',
    ]);
  });

  it('logs one line with the kind and what to check, and keeps a CmsError as it is', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new CmsError('CMS_READ_TOKEN is not configured', 'misconfigured');
    expect(cmsErrorOf(error)).toBe(error);
    expect(reportCmsError(error)).toBe(error);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('[cms:misconfigured]'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining(CMS_ERROR_ADVICE.misconfigured));
    log.mockRestore();
  });
});
