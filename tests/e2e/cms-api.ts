// Drives the CMS the way an integration partner or an editor's tooling would: over HTTP.
type Json = Record<string, unknown>;

export class CmsApi {
  private constructor(
    private readonly baseUrl: string,
    private readonly apiToken: string,
  ) {}

  /** Logs into the admin as the first editor and creates a full-access API token for the test. */
  static async connect(baseUrl: string, email: string, password: string): Promise<CmsApi> {
    const login = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!login.ok) throw new Error(`Admin login failed: ${login.status} ${await login.text()}`);
    const { data } = (await login.json()) as { data: { token: string } };
    const created = await fetch(`${baseUrl}/admin/api-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
      body: JSON.stringify({ name: `e2e ${Date.now()}`, type: 'full-access', lifespan: null, kind: 'content-api' }),
    });
    if (!created.ok) throw new Error(`API token creation failed: ${created.status} ${await created.text()}`);
    const token = (await created.json()) as { data: { accessKey: string } };
    return new CmsApi(baseUrl, token.data.accessKey);
  }

  private async request(path: string, init: RequestInit = {}): Promise<Json> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.apiToken}`, ...(init.headers ?? {}) },
    });
    const body = (await response.json().catch(() => ({}))) as Json;
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${JSON.stringify(body)}`);
    return body;
  }

  /** Uploads a JPEG with its alternative text; returns the media id. */
  async uploadImage(picture: Buffer, name: string, alternativeText: string): Promise<number> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(picture)], { type: 'image/jpeg' }), name);
    form.append('fileInfo', JSON.stringify({ name, alternativeText }));
    const files = (await this.request('/api/upload', { method: 'POST', body: form })) as unknown as { id: number }[];
    return files[0]!.id;
  }

  async findAuthor(slug: string): Promise<{ documentId: string; name: string; role: string }> {
    const body = await this.request(`/api/authors?filters[slug][$eq]=${encodeURIComponent(slug)}`);
    return (body.data as { documentId: string; name: string; role: string }[])[0]!;
  }

  /** Creates and publishes an article through the REST API; returns its documentId. */
  async publishArticle(data: Json): Promise<string> {
    const body = await this.request('/api/articles?status=published', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data }),
    });
    return (body.data as { documentId: string }).documentId;
  }
}
