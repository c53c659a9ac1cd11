namespace Segmentation.Privacy;

internal sealed partial class SuppressionSolver
{
    /// <summary>
    /// The table rule, to a fixed point: wherever a group is split exactly by the groups of another
    /// grouping (a total and its parts), the hidden members of that relation must be none, or at least
    /// two with the hidden parts adding up to at least the minimum group size.
    /// </summary>
    private void ApplyLineRule()
    {
        bool changed;
        do
        {
            changed = false;
            for (var c = 0; c < _groups.Length; c++)
            {
                for (var g = 0; g < _atomKeys.Length; g++)
                {
                    if (g != _groups[c].Grouping && PartsOf(c, g) is { } parts && Protect(c, parts))
                    {
                        changed = true;
                    }
                }
            }
        }
        while (changed);
    }

    /// <summary>The groups of grouping <paramref name="g"/> that split group <paramref name="c"/> exactly, or null when they do not.</summary>
    private List<int>? PartsOf(int c, int g)
    {
        var inside = new Dictionary<int, long>();
        foreach (var atom in _groups[c].Atoms)
        {
            var key = _atomKeys[g][atom];
            if (key < 0)
            {
                return null;
            }

            inside[key] = inside.GetValueOrDefault(key) + _atomCounts[atom];
        }

        var parts = new List<int>(inside.Count);
        foreach (var (key, customers) in inside)
        {
            var part = _groupIndex[g][key];
            if (customers != _groups[part].Count)
            {
                return null;
            }

            parts.Add(part);
        }

        // One part is the same customers under another name: both shown or both hidden.
        return parts;
    }

    private bool Protect(int total, List<int> parts)
    {
        var hidden = 0;
        long hiddenCustomers = 0;
        foreach (var p in parts)
        {
            if (_suppressed[p])
            {
                hidden++;
                hiddenCustomers += _groups[p].Count;
            }
        }

        var exposed = _suppressed[total]
            ? hidden == 0
            : hidden == 1 || (hidden > 1 && hiddenCustomers < _rule.MinGroupSize);
        if (!exposed)
        {
            return false;
        }

        var next = SmallestShown(parts);
        if (next >= 0)
        {
            _suppressed[next] = true;
        }
        else if (!IsFixed(total) && total != Population)
        {
            _suppressed[total] = true;
        }
        else
        {
            return false;
        }

        return true;
    }

    private int SmallestShown(IEnumerable<int> candidates)
    {
        var best = -1;
        foreach (var p in candidates)
        {
            if (!_suppressed[p] && _groups[p].Count > 0 && !IsFixed(p) && (best < 0 || _groups[p].Count < _groups[best].Count))
            {
                best = p;
            }
        }

        return best;
    }

    /// <summary>
    /// The exact check: a hidden group whose atom vector is a linear combination of the shown groups'
    /// vectors can be computed from them. Hides the smallest shown group that breaks the combination
    /// and says so, so that the caller runs the table rule again.
    /// </summary>
    private bool AuditExactly()
    {
        var shown = Enumerable.Range(0, _groups.Length).Where(i => !_suppressed[i]).ToList();
        if ((long)_atomCounts.Length * shown.Count * shown.Count > PrivacyDefaults.ExactCheckBudget)
        {
            return false;
        }

        var span = SpanOf(shown, skip: -1);
        for (var s = 0; s < _groups.Length; s++)
        {
            if (!_suppressed[s] || !span.Contains(Vector(s)))
            {
                continue;
            }

            // The population's total goes last: hiding it would hide the report's headline.
            var candidates = shown.Where(i => _groups[i].Count > 0 && !IsFixed(i))
                .OrderBy(i => i == Population).ThenBy(i => _groups[i].Count).ThenBy(i => i).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var breaker = candidates.FirstOrDefault(c => !SpanOf(shown, skip: c).Contains(Vector(s)), -1);
            _suppressed[breaker >= 0 ? breaker : candidates[0]] = true;
            return true;
        }

        return false;
    }

    private ModularSpan SpanOf(List<int> groups, int skip)
    {
        var span = new ModularSpan(_atomCounts.Length);
        foreach (var g in groups)
        {
            if (g != skip)
            {
                span.Add(Vector(g));
            }
        }

        return span;
    }

    private ulong[] Vector(int group)
    {
        var vector = new ulong[_atomCounts.Length];
        foreach (var atom in _groups[group].Atoms)
        {
            vector[atom] = 1;
        }

        return vector;
    }
}
