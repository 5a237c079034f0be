package org.safecase.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import org.flowable.engine.RepositoryService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Deploys the process models of {@code bpmn/} (packaged under {@code bpmn/} on the class path)
 * as one deployment. Duplicate filtering makes a restart with unchanged models a no-op, so
 * restarting never creates new process-definition versions.
 */
@ApplicationScoped
public class ProcessModelDeployer {
    static final String DEPLOYMENT_NAME = "safecase-models";
    private static final Logger LOG = Logger.getLogger(ProcessModelDeployer.class.getName());

    public void deployAll(RepositoryService repositoryService) {
        var builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering();
        for (String model : ProcessModels.RESOURCES) {
            builder.addInputStream(model, read("bpmn/" + model));
        }
        for (String table : ProcessModels.DECISION_RESOURCES) {
            builder.addInputStream(table, read("bpmn/" + table));
        }
        var deployment = builder.deploy();
        LOG.info(() -> "Process models deployed as " + deployment.getId());
    }

    private static InputStream read(String resource) {
        InputStream in = ProcessModelDeployer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Process model missing from the build: " + resource));
        }
        return in;
    }

}
