/** Requests served per service (only requests that reached a real endpoint). */
export interface RequestCounts {
  fulcio: number
  rekor: number
  rekorV2: number
  tsa: number
  oidc: number
}
