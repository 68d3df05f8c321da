-- BeschermdThuis.Matching schema, version 9 (SQL Server): the places a client avoids (a former address, a place that
-- triggers relapse), each a point with a radius. The point is kept only as its point on a 10 m grid in RD New
-- (EPSG:28992), in whole units of 10 m (grid_east 18752 is x = 187,520 m), so no exact address can be stored: the
-- domain snaps before anything is written, and the columns hold nothing finer. radius_metres as given.

CREATE TABLE client_avoided_places (
    municipality_code NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    client_ref NVARCHAR(63) COLLATE Latin1_General_BIN2 NOT NULL,
    ordinal INT NOT NULL,
    grid_east INT NOT NULL,
    grid_north INT NOT NULL,
    radius_metres INT NOT NULL,
    PRIMARY KEY (municipality_code, client_ref, ordinal),
    FOREIGN KEY (municipality_code, client_ref) REFERENCES clients (municipality_code, client_ref) ON DELETE CASCADE
);
