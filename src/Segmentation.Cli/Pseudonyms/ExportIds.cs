using Segmentation.Privacy;

namespace Segmentation.Cli.Pseudonyms;

/// <summary>
/// The ids an export writes and the order of its rows: the real ids in the run's order, or their
/// pseudonyms in the order the library gives (<see cref="CustomerIdPseudonymizer.ExportOrder"/>).
/// </summary>
internal sealed class ExportIds
{
    private readonly int[]? _order;

    private ExportIds(string[] ids, int[]? order)
    {
        Ids = ids;
        _order = order;
    }

    /// <summary>Gets the id to write for each of the run's customers, by the run's index.</summary>
    public string[] Ids { get; }

    public int Count => Ids.Length;

    public static ExportIds Of(CustomerIdPseudonymizer? pseudonymizer, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (pseudonymizer is null)
        {
            return new ExportIds(ids as string[] ?? [.. ids], null);
        }

        var pseudonyms = pseudonymizer.PseudonymizeAll(ids, cancellationToken);
        return new ExportIds(pseudonyms, CustomerIdPseudonymizer.ExportOrder(pseudonyms));
    }

    /// <summary>The run's index of the customer written at <paramref name="position"/>.</summary>
    public int At(int position) => _order is null ? position : _order[position];
}
