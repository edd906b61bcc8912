export async function runAgree(): Promise<number> { return 2; }
