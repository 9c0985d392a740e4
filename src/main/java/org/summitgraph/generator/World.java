package org.summitgraph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Everything an article may draw on: the reference catalog, the invented cast, the projects each event
 * series talks about (ranked, the famous first), the publishers.
 */
final class World {

    private static final Map<String, List<String>> SERIES_PROJECTS = Map.of(
            "openstack-summit", List.of("openstack", "nova", "neutron", "ironic", "kata-containers", "ceph",
                    "kubernetes", "cinder", "keystone", "kolla", "octavia", "starlingx", "zuul", "swift", "magnum", "airship",
                    "heat", "manila", "glance", "placement", "cyborg", "zun", "masakari", "designate", "barbican",
                    "trove", "senlin", "mistral", "tacker", "openstack-helm", "kuryr", "blazar", "skyline", "tripleo"),
            "kubecon", List.of("kubernetes", "prometheus", "envoy", "istio", "helm", "etcd", "containerd", "cilium",
                    "argo", "opentelemetry", "linkerd", "harbor", "kubeedge", "volcano", "karmada", "dragonfly", "rook",
                    "fluentd", "jaeger", "knative", "cri-o", "vitess", "tikv", "thanos", "keda", "crossplane", "dapr",
                    "backstage", "falco", "flux", "cert-manager", "open-policy-agent", "grpc", "coredns", "kubevirt",
                    "openkruise"),
            "open-source-summit", List.of("linux", "zephyr", "hyperledger-fabric", "nodejs", "kubernetes",
                    "automotive-grade-linux", "edgex-foundry", "akraino", "onap", "openeuler", "yocto-project", "dpdk",
                    "spdk", "pytorch", "open-vswitch", "fd-io", "magma", "sonic"));
    private static final List<String[]> PUBLISHERS_EN = List.of(new String[]{"InfraWire", "infrawire.example"},
            new String[]{"Stack Report", "stackreport.example"}, new String[]{"Open Source Weekly", "osweekly.example"},
            new String[]{"CloudBeat News", "cloudbeat.example"}, new String[]{"The Operator Journal", "operatorjournal.example"},
            new String[]{"Datacenter Dispatch", "dcdispatch.example"});
    private static final List<String[]> PUBLISHERS_ZH = List.of(new String[]{"云栈观察", "yunzhan.example"},
            new String[]{"开源前线", "kaiyuanqianxian.example"}, new String[]{"云原生周刊", "cnweekly.example"},
            new String[]{"基础设施观察", "infraguancha.example"}, new String[]{"极客云报", "jikeyunbao.example"});

    private final Catalog catalog;
    private final Cast cast;
    private final List<Catalog.Summit> openstack = new ArrayList<>();
    private final List<Catalog.Summit> kubecon = new ArrayList<>();
    private final List<Catalog.Summit> oss = new ArrayList<>();
    private final Map<String, Zipf<Catalog.Thing>> projects;

    World(long seed, Catalog catalog) {
        this.catalog = catalog;
        for (Catalog.Summit s : catalog.summits()) {
            switch (s.series()) {
                case "openstack-summit" -> openstack.add(s);
                case "kubecon" -> kubecon.add(s);
                case "open-source-summit" -> oss.add(s);
                default -> {
                }
            }
        }
        this.projects = Map.of("openstack-summit", zipf("openstack-summit"), "kubecon", zipf("kubecon"),
                "open-source-summit", zipf("open-source-summit"));
        List<Catalog.Thing> all = new ArrayList<>();
        for (String series : List.of("openstack-summit", "kubecon", "open-source-summit")) {
            SERIES_PROJECTS.get(series).forEach(s -> catalog.find(s).filter(t -> all.stream()
                    .noneMatch(a -> a.slug().equals(s))).ifPresent(all::add));
        }
        this.cast = new Cast(seed, catalog, all);
    }

    private Zipf<Catalog.Thing> zipf(String series) {
        return new Zipf<>(SERIES_PROJECTS.get(series).stream().map(catalog::find).flatMap(java.util.Optional::stream)
                .filter(t -> t.type().equals("Project")).toList(), 0.9);
    }

    Catalog catalog() {
        return catalog;
    }

    Cast cast() {
        return cast;
    }

    Catalog.Summit summit(Random r) {
        double u = r.nextDouble();
        List<Catalog.Summit> from = u < 0.45 ? openstack : u < 0.8 ? kubecon : oss;
        return from.get(r.nextInt(from.size()));
    }

    Zipf<Catalog.Thing> projects(String series) {
        return projects.get(series);
    }

    Catalog.Thing flagship(String series) {
        return catalog.thing(SERIES_PROJECTS.get(series).get(0));
    }

    /** The organiser's executives whose title the writers know in both languages. */
    List<Catalog.Leader> leaders(Catalog.Summit s) {
        if (s.organizer() == null) {
            return List.of();
        }
        return catalog.leadersOf(s.organizer().slug()).stream().filter(l -> Title.executive(l.title()) != null).toList();
    }

    /** The award given at a summit of this series, in English and Chinese, or null. */
    String[] awardName(Catalog.Summit s) {
        return switch (s.series()) {
            case "openstack-summit" -> s.start().getYear() >= 2014 ? new String[]{"Superuser Award", "Superuser大奖"} : null;
            case "kubecon" -> new String[]{"Top End User Award", "最佳终端用户奖"};
            default -> null;
        };
    }

    Story.Publisher publisher(Random r, Lang lang) {
        if (lang == Lang.ZH && r.nextDouble() < 0.25) {
            Catalog.Thing t = catalog.thing(r.nextBoolean() ? "oschina" : "csdn");
            return new Story.Publisher(t.ent(), t.zh(), t.slug() + ".example");
        }
        List<String[]> list = lang == Lang.ZH ? PUBLISHERS_ZH : PUBLISHERS_EN;
        String[] p = list.get(r.nextInt(list.size()));
        return new Story.Publisher(new Ent(Cast.slug(p[1].replace(".example", "")), "Organization", p[0]), p[0], p[1]);
    }
}
