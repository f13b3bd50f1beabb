import { defineError } from '../errors';

export const JobErrors = {
  deliveryNotFound: defineError<{ id: string }>('jobs.delivery_not_found', 404, 'No such parked delivery'),
  deliveryNotParked: defineError<{ id: string; status: string }>(
    'jobs.delivery_not_parked',
    409,
    'This delivery is not parked',
  ),
};
