-- Reserved: issue 18 adds its migration 004 on its own branch. Delete this file when merging it.
SELECT 1;
