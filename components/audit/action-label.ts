/** Audit actions are dotted ("member.invited"); catalogue keys cannot contain dots. */
export function actionMessageKey(action: string): string {
  return action.replace(/\./g, '_');
}
