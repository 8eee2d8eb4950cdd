"""Small reusable widgets (fields, boxes, pickers, tables); they never call a service."""
