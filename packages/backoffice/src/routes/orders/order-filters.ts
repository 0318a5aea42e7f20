/**
 * The review filter as the orders route takes it: "flagged" is any order flagged at sync (reviewed
 * or not); the others are the review state itself (to review, accepted, corrected).
 */
export function reviewFilter(choice: string): { flagged?: string; review_state?: string } {
  if (choice === 'flagged') return { flagged: 'true' };
  if (choice === 'to_review' || choice === 'accepted' || choice === 'corrected')
    return { review_state: choice };
  return {};
}
