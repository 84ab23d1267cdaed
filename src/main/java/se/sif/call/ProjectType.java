package se.sif.call;

/**
 * The report's table 4: research and development proves a benefit and closes a knowledge
 * gap; a method application fixes a local problem with a known method. A call may take
 * one or both, each with criteria and a rubric of its own, since the report criticises
 * that both were once judged by one template.
 */
public enum ProjectType {

    RESEARCH_AND_DEVELOPMENT, METHOD_APPLICATION

}
