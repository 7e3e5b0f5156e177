## Common
error-generic = Something went wrong. Please try again a little later.
