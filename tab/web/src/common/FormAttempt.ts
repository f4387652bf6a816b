/** Whether the user already tried to send the form: required fields say they are empty only after that. */
import { createContext, useContext } from 'react';

export const FormAttemptContext = createContext(false);

export function useFormAttempted(): boolean {
  return useContext(FormAttemptContext);
}

/** The first required input or text area still empty, to point the user at it. */
export function firstEmptyRequired(form: HTMLFormElement): HTMLInputElement | HTMLTextAreaElement | undefined {
  const fields = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[required], textarea[required]');
  return [...fields].find((field) => field.value.trim() === '');
}
