-- Renewal Post schema, version 23: thermal label printers on the network (raw TCP, port 9100 by
-- default), configured by admins, and the label printer chosen for each packing station. A station
-- is named as packing names it (packing_station rows appear only with a station's first scan, so
-- the choice is keyed by the name, not by that row).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE label_printer_seq START WITH 1000 INCREMENT BY 10;

CREATE TABLE label_printer (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(60)  NOT NULL,
    host        VARCHAR(253) NOT NULL,
    port        INTEGER      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT label_printer_name_unique UNIQUE (name),
    CONSTRAINT label_printer_port_check CHECK (port BETWEEN 1 AND 65535)
);

CREATE TABLE station_label_printer (
    station      VARCHAR(40)  PRIMARY KEY,
    printer_id   BIGINT       NOT NULL,
    chosen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    chosen_by    VARCHAR(100) NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT station_label_printer_printer_fk FOREIGN KEY (printer_id) REFERENCES label_printer (id)
);
CREATE INDEX station_label_printer_printer ON station_label_printer (printer_id);
