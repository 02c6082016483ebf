type Json = Record<string, unknown>;

export declare class CmsApi {
  static connect(baseUrl: string, email: string, password: string): Promise<CmsApi>;
  uploadImage(picture: Buffer, name: string, alternativeText: string): Promise<number>;
  findAuthor(slug: string): Promise<{ documentId: string; name: string; role: string }>;
  publishArticle(data: Json): Promise<string>;
  updateAndPublishArticle(documentId: string, data: Json): Promise<void>;
  unpublishArticle(documentId: string): Promise<void>;
  updateAuthor(documentId: string, data: Json): Promise<void>;
}
