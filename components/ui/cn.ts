import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/** Joins class names, letting a later Tailwind class win over an earlier one (a caller's `className` over a primitive's default). */
export function cn(...classes: ClassValue[]) {
  return twMerge(clsx(classes));
}
