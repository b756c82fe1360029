namespace BoundCheck.Validator.Verification.Reproduction;

/// <summary>
/// The laptop-scale experiment designs (BoundCheck's designs, not the papers': their
/// experiment sections could not be read, so nothing here copies a number from them).
/// </summary>
public static class Plans
{
    /// <summary>Data for the Banerjee and Liu checks: inputs on the sphere of radius sqrt(d), teacher labels.</summary>
    public const string SphereData = "synthetic:n=16,d=16";

    /// <summary>Chatterjee's regime needs linearly independent inputs, d >= n (x ~ N(0, I/d) gives them almost surely).</summary>
    public const string IndependentData = "synthetic:n=16,d=32,inputs=gaussian";

    /// <summary>Whether the Debian package dataset-fashion-mnist is installed (its run is skipped, and said so, otherwise).</summary>
    public static bool FashionMnistInstalled =>
        File.Exists(Path.Combine(Data.FashionMnist.DefaultDirectory, "train-images-idx3-ubyte.gz"));

    /// <summary>The experiments of <paramref name="plan"/> with the given names (all of it for none); null when a name is not in it.</summary>
    public static IReadOnlyList<Experiment>? Only(IReadOnlyList<Experiment> plan, IReadOnlyCollection<string> names) =>
        names.Count == 0 ? plan : names.All(n => plan.Any(e => e.Name == n)) ? [.. plan.Where(e => names.Contains(e.Name))] : null;

    public static IReadOnlyList<Experiment> For(Scale scale)
    {
        var full = scale == Scale.Full;
        var widths = full ? "m=64,128,256,512,1024,2048" : "m=64,128,256,512,1024";
        var depths = full ? "L=1,2,3,4,6" : "L=1,2,3,4";
        // Seeds per sweep point: the t interval over per-seed slopes has S - 1 degrees of freedom (t = 4.30 at 3 seeds,
        // 3.18 at 4, 2.78 at 5). The depth-and-width grid dominates the quick run's time, so it gets 4; the width-only
        // sweep is cheap and gets 5.
        var seeds = full ? 5 : 4;
        var widthSeeds = 5;
        var steps = full ? 400 : 100;
        Dictionary<string, double> B(params (string, double)[] values) => values.ToDictionary(v => v.Item1, v => v.Item2);
        SettingSpec S(string data, int steps, params (string, double)[] values) => new(B(values), "tanh", data, 1, steps);
        var list = new List<Experiment>();
        foreach (var activation in new[] { "tanh", "softplus", "sigmoid" })
        {
            list.Add(new("banerjee2023.hessian_explicit", $"explicit-{activation}",
                $"the derived explicit bound c_H/sqrt(m) at init, on the B_Spec boundary and along GD, {activation}",
                S(SphereData, 50, ("L", 2), ("m", full ? 512 : 128)) with { Activation = activation }, []));
        }
        list.Add(new("banerjee2023.init_event", "e0-rate",
            $"the fraction of {Quantities.InitEventRate.EventSeeds} seeds on which E0 = {{max_l ||W_l(0)||_2 / sqrt(m) <= sigma1}} holds, against 1 - 2(L+1)/m",
            S("synthetic:n=4,d=16", 1, ("L", 4)), [full ? "m=16,32,64,256,1024" : "m=16,32,64,256"]));
        list.Add(new("banerjee2023.hessian", "hessian-grid",
            "width and depth scaling of the predictor Hessian norm over B_Spec: against the stated m^(-1/2) at every depth, "
            + "and power law against exponential in L at every width (gamma = 1 + 1/sqrt(m) > 1 here)",
            S(full ? SphereData : "synthetic:n=8,d=16", full ? 100 : 20), [widths, depths], seeds));
        list.Add(new("banerjee2023.smoothness", "smoothness", "the derived gradient bound varrho and loss smoothness beta",
            S(SphereData, 50, ("L", 2), ("m", 128)), []));
        foreach (var (labels, name) in new[] { ("teacher", "teacher labels"), ("random", "random labels") })
        {
            var data = $"synthetic:n=16,d=16,labels={labels}";
            list.Add(new("banerjee2023.rsc", $"rsc-{labels}", $"RSC along full-batch GD, {name}", S(data, steps, ("L", 2), ("m", 256)), []));
            list.Add(new("banerjee2023.gd", $"gd-{labels}", $"the per-step contraction of GD under RSC, {name}", S(data, steps, ("L", 2), ("m", 256)), []));
        }
        foreach (var (depth, activation) in new[] { (1, "tanh"), (1, "sigmoid"), (2, "tanh"), (2, "sigmoid") })
        {
            var regime = (depth, full) switch
            {
                (1, false) => "1024,4096,16384,65536",
                (1, true) => "1024,4096,16384,65536,262144,1048576,4194304",
                (_, false) => "256,512,1024",
                _ => "1024,2048,4096,8192,16384",
            };
            list.Add(new("banerjee2023.gd", $"rsc-regime-L{depth}-{activation}",
                $"where alpha_t = 2 kappa^2 ||gbar_t||^2 - c2/sqrt(m) > 0 starts in width at L = {depth} ({activation}), and the RSC and GD claims judged at the largest width",
                S("synthetic:n=8,d=4", 50, ("L", depth)) with { Activation = activation }, [], Seeds: depth == 1 && full ? 3 : 1,
                Analysis: "rsc-regime", Arguments: new Dictionary<string, string> { ["widths"] = regime, ["judge"] = "banerjee2023.rsc,banerjee2023.gd" }));
        }
        if (FashionMnistInstalled)
        {
            list.Add(new("banerjee2023.rsc", "rsc-fashion", "RSC along GD on a two-class Fashion-MNIST subset (d = 784 <= m)",
                S("fashion-mnist:n=32,classes=0,1", full ? 200 : 40, ("L", 2), ("m", 1024)), []));
        }
        foreach (var (init, lambda) in new[] { ("positive", 16.0), ("gaussian", 0.0) })
        {
            var spec = S(IndependentData, full ? 2000 : 300, ("L", 2), ("m", 16), ("r", 1)) with { Init = init };
            if (init == "positive")
            {
                spec = spec with { Bindings = new Dictionary<string, double>(spec.Bindings) { ["lambda"] = lambda } };
            }
            list.Add(new("chatterjee2022.flow", $"flow-{init}", $"the local PL criterion for gradient flow from the {init} initialisation", spec, []));
            list.Add(new("chatterjee2022.gd", $"gd-{init}", $"the explicit GD version of the criterion from the {init} initialisation", spec, []));
        }
        list.Add(new("chatterjee2022.network", "network", "linear convergence of GD from the positive initialisation",
            S(IndependentData, full ? 2000 : 300, ("L", 2), ("m", 16)) with { Init = "positive" }, []));
        list.Add(new("chatterjee2022.network", "init-comparison",
            "the positive initialisation against Gaussian, LeCun and Kaiming random ones at the same width and depth, each at its own best step from one grid",
            S(IndependentData, full ? 2000 : 500, ("L", 2), ("m", 16), ("lambda", 16), ("r", 1)), [], Seeds: 5, Analysis: "init-comparison",
            Arguments: full ? null : new Dictionary<string, string> { ["widths"] = "16,64", ["scales"] = "1,16", ["corollary-seeds"] = "10" }));
        foreach (var activation in new[] { "tanh", "softplus" })
        {
            list.Add(new("kawaguchi2021.expressivity", $"expressivity-{activation}",
                $"full rank of the wide layer's features (narrow width 16, wide width 1.25 n), {activation}",
                S("synthetic:n=32,d=16", 50, ("L", 3), ("m_wide", 40)) with { Activation = activation }, []));
        }
        list.Add(new("kawaguchi2021.expressivity", "expressivity-along-gd", "the wide layer's rank and smallest singular value along GD (tanh)",
            S("synthetic:n=32,d=16", 50, ("L", 3), ("m_wide", 40)), [], Analysis: "feature-rank-along-gd"));
        list.Add(new("liu2020.hessian", "liu-width", "width scaling of the predictor Hessian over a Euclidean ball of radius 1",
            S("synthetic:n=8,d=16", 20, ("L", 2), ("R", 1)), [widths], widthSeeds));
        foreach (var (init, r) in new[] { ("gaussian", 4.0), ("positive", 1.0) })
        {
            var spec = S(IndependentData, full ? 2000 : 300, ("L", 2), ("m", init == "positive" ? 16 : 256), ("R", r)) with { Init = init };
            if (init == "positive")
            {
                spec = spec with { Bindings = new Dictionary<string, double>(spec.Bindings) { ["lambda"] = 16 } };
            }
            list.Add(new("liu2022.plstar", $"plstar-{init}", $"the PL* theorem's radius and rate from the {init} initialisation", spec, []));
        }
        return list;
    }
}
