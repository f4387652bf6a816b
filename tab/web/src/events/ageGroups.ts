/** The age groups a book tip may name; the server accepts these and no others. */
export const ageGroups = ['toddlers', 'children', 'middleGrade', 'teens', 'adults'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export function isAgeGroup(value: string): value is AgeGroup {
  return (ageGroups as readonly string[]).includes(value);
}
