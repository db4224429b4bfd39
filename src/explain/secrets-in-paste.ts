// Credentials a user pasted along with the error (an `export ANTHROPIC_AUTH_TOKEN=…` line, a curl header).
// The Redactor already masks sk- keys, Bearer and x-api-key values by shape; this also catches keys of other shapes
// that sit in a credential variable, so they are masked everywhere else in the output too.
const ASSIGNMENT = /\b[A-Z0-9_]*(?:API_KEY|AUTH_TOKEN|TOKEN|SECRET|PASSWORD)\s*[=:]\s*["']?([^\s"']{6,})/gi;

export function secretsInPaste(text: string): string[] {
  return [...text.matchAll(ASSIGNMENT)].map((m) => m[1]);
}
