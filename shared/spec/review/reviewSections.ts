/** The review's four section headings, shared by the Markdown and the on-screen panel. */
export const REVIEW_SECTIONS = {
  whoDoesWhat: 'Who does what',
  accountability: 'Who is accountable to whom',
  money: 'How the money flows',
  delegations: 'Who delegates what to whom',
} as const;
