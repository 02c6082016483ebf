// Drives the CMS over HTTP the way an editor's tools would: admin login, then the admin's
// content-manager API for articles (the content API does not write draft-and-publish types: its
// answer would hand the draft back) and Strapi's REST API with a full-access token for the rest.
// Shared by the end-to-end tests and the publish benchmark.

/** @typedef {Record<string, unknown>} Json */

const ARTICLES = '/content-manager/collection-types/api::article.article';

class CmsApi {
  /** @param {string} baseUrl @param {string} apiToken @param {string} adminJwt */
  constructor(baseUrl, apiToken, adminJwt) {
    this.baseUrl = baseUrl;
    this.apiToken = apiToken;
    this.adminJwt = adminJwt;
  }

  /** Logs into the admin as the first editor and creates a full-access API token for the session. */
  static async connect(baseUrl, email, password) {
    const login = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!login.ok) throw new Error(`Admin login failed: ${login.status} ${await login.text()}`);
    const { data } = await login.json();
    const created = await fetch(`${baseUrl}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ name: `tooling ${Date.now()}`, type: 'full-access', lifespan: null, kind: 'content-api' }),
    });
    if (!created.ok) throw new Error(`API token creation failed: ${created.status} ${await created.text()}`);
    const token = await created.json();
    return new CmsApi(baseUrl, token.data.accessKey, data.token);
  }

  async request(path, init = {}, token = this.apiToken) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${JSON.stringify(body)}`);
    return body;
  }

  json(method, path, data, token) {
    return this.request(
      path,
      { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) },
      token,
    );
  }

  /** Uploads a JPEG with its alternative text; returns the media id. */
  async uploadImage(picture, name, alternativeText) {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(picture)], { type: 'image/jpeg' }), name);
    form.append('fileInfo', JSON.stringify({ name, alternativeText }));
    const files = await this.request('/api/upload', { method: 'POST', body: form });
    return files[0].id;
  }

  /** @returns {Promise<{ documentId: string, name: string, role: string }>} */
  async findAuthor(slug) {
    const body = await this.request(`/api/authors?filters[slug][$eq]=${encodeURIComponent(slug)}`);
    return body.data[0];
  }

  /** Creates and publishes an article, as the admin's "Publish" on a new article does; returns its documentId. */
  async publishArticle(data) {
    const body = await this.json('POST', `${ARTICLES}/actions/publish`, data, this.adminJwt);
    return body.data.documentId;
  }

  /** Saves changes to an article and publishes them, as the admin's "Publish" does. */
  async updateAndPublishArticle(documentId, data) {
    await this.json('POST', `${ARTICLES}/${documentId}/actions/publish`, data, this.adminJwt);
  }

  /** Unpublishes an article through the admin's content manager. */
  async unpublishArticle(documentId) {
    await this.json('POST', `${ARTICLES}/${documentId}/actions/unpublish`, {}, this.adminJwt);
  }

  /** A review link for an article's draft, as the edit view's Review links panel gets it. */
  async createReviewLink(documentId, days) {
    return this.json('POST', `/newsroom/articles/${documentId}/review-links`, days ? { days } : {}, this.adminJwt);
  }

  /** Revokes every review link to an article. */
  async revokeReviewLinks(documentId) {
    return this.json('POST', `/newsroom/articles/${documentId}/review-links/revoke`, {}, this.adminJwt);
  }

  /** Creates an article as a draft only, as the admin's "Save" does; returns its documentId. */
  async createDraftArticle(data) {
    const body = await this.json('POST', ARTICLES, data, this.adminJwt);
    return body.data.documentId;
  }

  /** Saves changes to an article's draft, as the admin's "Save" does. */
  async updateArticle(documentId, data) {
    await this.json('PUT', `${ARTICLES}/${documentId}`, data, this.adminJwt);
  }

  async updateAuthor(documentId, data) {
    await this.json('PUT', `/api/authors/${documentId}`, { data });
  }

  /** Changes Site settings (the single type), e.g. the analytics measurement id. */
  async updateSiteSettings(data) {
    await this.json('PUT', '/api/site-setting', { data });
  }
}

module.exports = { CmsApi };
