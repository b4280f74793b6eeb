-- Filters of the public directory search and the admin list (directory module): type, status,
-- target area and municipality next to the review state the public list always filters on.
CREATE INDEX directory_entry_search_kind_ix ON directory_entry (review_state, kind, status);
CREATE INDEX directory_entry_search_area_ix ON directory_entry (target_area);
CREATE INDEX directory_entry_search_city_ix ON directory_entry (municipality);
CREATE INDEX directory_entry_search_class_ix ON directory_entry (classification);
