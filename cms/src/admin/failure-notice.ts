import { isFetchError, useNotification } from '@strapi/strapi/admin';

/** Shows why an admin API call failed: the CMS's own message when it sent one. */
export function useFailureNotice(): (error: unknown) => void {
  const { toggleNotification } = useNotification();
  return (error: unknown) =>
    toggleNotification({
      type: 'danger',
      message: isFetchError(error) ? (error.response?.data?.error?.message ?? error.message) : 'Something went wrong',
    });
}
