-- BeschermdThuis.Matching schema, version 9 (SQLite): the places a client avoids (a former address, a place that
-- triggers relapse), each a point with a radius. The point is kept only as its point on a 10 m grid in RD New
-- (EPSG:28992), in whole units of 10 m (grid_east 18752 is x = 187,520 m), so no exact address can be stored: the
-- domain snaps before anything is written, and the columns hold nothing finer. radius_metres as given.

CREATE TABLE client_avoided_places (
    municipality_code TEXT NOT NULL,
    client_ref TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    grid_east INTEGER NOT NULL,
    grid_north INTEGER NOT NULL,
    radius_metres INTEGER NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, ordinal),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
) STRICT;
