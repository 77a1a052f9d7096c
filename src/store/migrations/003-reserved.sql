-- Reserved: issue 17 adds its migration 003 on its own branch. Delete this file when merging it.
SELECT 1;
