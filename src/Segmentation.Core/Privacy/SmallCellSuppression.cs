using System.Globalization;

namespace Segmentation.Privacy;

/// <summary>
/// The small-cell rule: a count or sum over fewer than <see cref="MinGroupSize"/> customers is not
/// shown, and neither are enough other figures (secondary suppression) that totals and differences
/// cannot give it back. Every report of the library and of the <c>segment</c> tool applies it.
/// </summary>
/// <remarks>
/// <para>
/// Primary suppression hides every group with 1 to <see cref="MinGroupSize"/> − 1 customers (an
/// empty group is shown: it says nothing about a person). Secondary suppression then hides the
/// smallest further groups until (1) no published total is split into published parts and exactly
/// one hidden part, (2) the hidden parts of a published total add up to zero or at least
/// <see cref="MinGroupSize"/> customers, and (3) no hidden group's count is a linear combination of
/// the published ones, across all the groupings given together (an exact check over the smallest
/// cells the groupings define).
/// </para>
/// <para>Suppression is not anonymisation: see <see cref="Describe"/> and docs/privacy.md.</para>
/// </remarks>
public sealed class SmallCellSuppression
{
    /// <summary>The default minimum group size, 5 (Apple's floor; see docs/privacy.md for why not Ads Data Hub's 50).</summary>
    public const int DefaultMinGroupSize = PrivacyDefaults.MinGroupSize;

    /// <summary>Creates the rule.</summary>
    /// <param name="minGroupSize">The fewest customers a shown group may have; 0 or 1 switches suppression off (for internal use).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minGroupSize"/> is negative.</exception>
    public SmallCellSuppression(int minGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minGroupSize);
        MinGroupSize = minGroupSize;
    }

    /// <summary>Gets the rule with the default minimum group size, <see cref="DefaultMinGroupSize"/>.</summary>
    /// <value>Groups of 1 to 4 customers are suppressed.</value>
    public static SmallCellSuppression Default { get; } = new(DefaultMinGroupSize);

    /// <summary>Gets the rule that suppresses nothing, for internal use on data you may see in full.</summary>
    /// <value>A minimum group size of 0.</value>
    public static SmallCellSuppression Off { get; } = new(0);

    /// <summary>Gets the fewest customers a shown group may have.</summary>
    /// <value>0 or 1 when suppression is off.</value>
    public int MinGroupSize { get; }

    /// <summary>Gets a value indicating whether the rule suppresses anything.</summary>
    /// <value><see langword="true"/> when <see cref="MinGroupSize"/> is 2 or more.</value>
    public bool IsEnabled => MinGroupSize > 1;

    /// <summary>Gets how a suppressed figure is shown, e.g. <c>&lt;5</c>.</summary>
    /// <value><c>&lt;</c> and the minimum group size; empty when suppression is off.</value>
    public string Marker => IsEnabled ? PrivacyDefaults.SuppressedPrefix + MinGroupSize.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Tells whether a group of this many customers is suppressed on its own (primary suppression).</summary>
    /// <param name="customers">The group's customers.</param>
    /// <returns><see langword="true"/> for 1 to <see cref="MinGroupSize"/> − 1 customers when the rule is on.</returns>
    public bool IsSmall(long customers) => IsEnabled && customers > 0 && customers < MinGroupSize;

    /// <summary>
    /// The sentence a report shows beside its figures: the rule, or that it is off; and, always, that
    /// suppression is not anonymisation.
    /// </summary>
    /// <returns>One paragraph of plain text.</returns>
    public string Describe()
    {
        const string notAnonymous = "Suppression is not anonymisation: the figures still describe real customers, segment names and definitions can single people out, and someone who knows most of a group can learn about the rest; share the report only with people who may see the customer data.";
        return IsEnabled
            ? string.Create(CultureInfo.InvariantCulture, $"Groups of fewer than {MinGroupSize} customers are suppressed (shown as {Marker}), together with the next smallest groups wherever totals or differences would give them back. {notAnonymous}")
            : $"Small-cell suppression is OFF (minimum group size {MinGroupSize.ToString(CultureInfo.InvariantCulture)}): groups of any size are shown, for internal use only. {notAnonymous}";
    }

    /// <summary>
    /// Decides which groups to suppress when several groupings of the same customers are published
    /// together, e.g. a report's segments, its score bands and its heatmap cells.
    /// </summary>
    /// <param name="groupings">
    /// One entry per grouping, each with one key per customer (the same customers, in the same
    /// order, in every grouping): the customer's group, 0 or more, or −1 for a customer in no group of
    /// that grouping. The population's size is taken as published too.
    /// </param>
    /// <returns>Which group of which grouping to suppress.</returns>
    /// <exception cref="ArgumentException">The groupings differ in length or a key is below −1.</exception>
    public SuppressedGroups Apply(IReadOnlyList<ReadOnlyMemory<int>> groupings)
    {
        ArgumentNullException.ThrowIfNull(groupings);
        return SuppressionSolver.FromCustomers(this, groupings).Solve();
    }

    /// <summary>
    /// Decides which groups of one table to suppress when the groups split a published total (the
    /// common case of a table with a total row): <c>counts[i]</c> customers are in group <c>i</c>.
    /// </summary>
    /// <param name="counts">The customers of each group, 0 or more; their sum is taken as published.</param>
    /// <returns>Which groups to suppress, as grouping 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <remarks>
    /// Use <see cref="Apply(IReadOnlyList{ReadOnlyMemory{int}})"/> when the table is published beside
    /// other groupings of the same customers: differences between tables can reveal cells that each
    /// table on its own protects.
    /// </remarks>
    public SuppressedGroups Apply(ReadOnlySpan<long> counts)
    {
        foreach (var count in counts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(counts));
        }

        return SuppressionSolver.FromCounts(this, counts).Solve();
    }

    /// <summary>
    /// Decides which counts to suppress when the groups may overlap (a customer in several segments,
    /// or in none) and only the population is published beside them: each group is a table of its
    /// customers and the rest, so a group is suppressed when it or its rest has 1 to
    /// <see cref="MinGroupSize"/> − 1 customers (the rest is the population minus the count).
    /// </summary>
    /// <param name="counts">The customers of each group, 0 to <paramref name="population"/>.</param>
    /// <param name="population">The customers the groups are drawn from, published.</param>
    /// <returns>Which groups to suppress, as grouping 0; every group when the population itself is small.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above the population.</exception>
    public SuppressedGroups Apply(ReadOnlySpan<long> counts, long population)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        var all = IsSmall(population);
        var hidden = new bool[counts.Length];
        var primary = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(counts[i], nameof(counts));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(counts[i], population, nameof(counts));
            primary += IsSmall(counts[i]) ? 1 : 0;
            hidden[i] = all || IsSmall(counts[i]) || IsSmall(population - counts[i]);
        }

        return new SuppressedGroups(this, [hidden], all, primary, hidden.Count(h => h) - primary);
    }

    /// <summary>Returns the rule in words, e.g. <c>min group size 5</c>.</summary>
    /// <returns>The minimum group size, or that the rule is off.</returns>
    public override string ToString() => IsEnabled
        ? string.Create(CultureInfo.InvariantCulture, $"min group size {MinGroupSize}")
        : "small-cell suppression off";
}
