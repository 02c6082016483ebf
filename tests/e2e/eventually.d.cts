export declare function eventually(check: () => Promise<void>, timeoutMs?: number): Promise<void>;
