// Numbered recommendation lists ("Recommendations", "What needs to improve", "Areas for priority
// action"): things the report asks for, not its numbered paragraphs of findings. Their items are
// list items of that section, so numbered findings elsewhere keep their own numbers.

/** Section headings over a list of what the report asks for. */
const RECOMMENDATION_HEADING = /\brecommendations?\b|\bwhat needs to improve\b|\bareas? for (?:priority )?(?:action|improvement)\b|\bwhat (?:the \w+ )?(?:should|must) (?:do|improve)\b|\bactions? (?:we|the \w+) (?:should|must)\b/i;

export function isRecommendationHeading(title: string | undefined): boolean {
  return title !== undefined && RECOMMENDATION_HEADING.test(title);
}
