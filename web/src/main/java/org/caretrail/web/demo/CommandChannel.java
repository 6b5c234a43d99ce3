package org.caretrail.web.demo;

/** Where the demo feed sends its commands: CareTrail's HTTP API, or the command gateway of the same process. */
interface CommandChannel {

    /** Sends the command and returns null when it was recorded, else why it was refused. */
    String send(Object command);
}
