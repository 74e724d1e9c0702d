package com.renewalpost.fulfilment.it.reuse;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;

import java.util.logging.Logger;

/**
 * One Payara Micro for consecutive test classes whose {@code @Deployment} method returns the very
 * same archive object ({@code TestDeployment.shared}): the Payara Micro adapter starts a server in
 * {@code deploy} and kills it in {@code undeploy}, so the first such class deploys, the following ones
 * reuse its deployment (and so its server), and the server stops only when a class asks for another
 * archive or the suite ends. Classes with an archive of their own behave as before.
 */
public class ServerReuse implements LoadableExtension {

    /** What the output of a class that reuses a running server says (ServerLogCustodyIT looks for it). */
    public static final String REUSING = "reusing the running server for ";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployments.class);
    }

    /** Arquillian's observer: intercepts generation, deployment and undeployment of each class. */
    public static class Deployments {

        private static final Logger LOG = Logger.getLogger(ServerReuse.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;
        @Inject
        private Instance<ClassContext> classContext;
        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        /** The scenario whose server runs now, and the archive it was made from. */
        private DeploymentScenario live;
        private Archive<?> liveArchive;
        private boolean deployNext;
        private boolean undeployNow;

        public void generate(@Observes EventContext<GenerateDeployment> event) {
            event.proceed();
            var scenario = classScenario.get();
            var archive = archiveOf(scenario);
            if (live != null && archive != null && archive == liveArchive) {
                LOG.info(() -> REUSING + event.getEvent().getTestClass().getName());
                classScenario.set(live);
                deployNext = false;
                return;
            }
            if (live != null) {
                // another deployment: stop the running server first (in this class's context)
                undeployLive();
                classScenario.set(scenario);
            }
            live = archive == null ? null : scenario;
            liveArchive = archive;
            deployNext = true;
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (deployNext) {
                deployNext = false;
                event.proceed();
            }
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            // at the end of a class: keep a shared server running for the next class
            if (undeployNow || live == null) {
                event.proceed();
            }
        }

        public void suiteEnds(@Observes(precedence = 100) AfterSuite event) {
            if (live == null) {
                return;
            }
            classContext.get().activate(ServerReuse.class);
            try {
                undeployLive();
            } finally {
                classContext.get().deactivate();
                classContext.get().destroy(ServerReuse.class);
            }
        }

        private void undeployLive() {
            var scenario = live;
            live = null;
            liveArchive = null;
            classScenario.set(scenario);
            undeployNow = true;
            try {
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                undeployNow = false;
            }
        }

        /** The archive of a scenario of exactly one deployment; null otherwise (never shared). */
        private static Archive<?> archiveOf(DeploymentScenario scenario) {
            if (scenario == null || scenario.deployments().size() != 1) {
                return null;
            }
            return scenario.deployments().get(0).getDescription().getArchive();
        }
    }
}
