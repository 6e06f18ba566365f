package io.djflink.job;

import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/** Log markers the logging configuration routes on. */
public final class LogMarkers {

    /** For the job's log file only: the console reports the same thing in one line. */
    public static final Marker FILE_ONLY = MarkerFactory.getMarker("FILE_ONLY");

    private LogMarkers() {
    }
}
