type Json = Record<string, unknown>;

export declare class CmsApi {
  readonly adminJwt: string;
  request(path: string, init?: RequestInit, token?: string): Promise<unknown>;
  json(method: string, path: string, data: unknown, token?: string): Promise<unknown>;
  static connect(baseUrl: string, email: string, password: string): Promise<CmsApi>;
  uploadImage(picture: Buffer, name: string, alternativeText: string): Promise<number>;
  findAuthor(slug: string): Promise<{ documentId: string; name: string; role: string }>;
  publishArticle(data: Json): Promise<string>;
  updateAndPublishArticle(documentId: string, data: Json): Promise<void>;
  unpublishArticle(documentId: string): Promise<void>;
  updateArticle(documentId: string, data: Json): Promise<void>;
  updateAuthor(documentId: string, data: Json): Promise<void>;
  updateSiteSettings(data: Json): Promise<void>;
  createReviewLink(documentId: string, days?: number): Promise<{ url: string; expiresAt: string }>;
  revokeReviewLinks(documentId: string): Promise<{ revision: number }>;
  createDraftArticle(data: Json): Promise<string>;
}
