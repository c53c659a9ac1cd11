using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

public sealed class CustomerIdInternerTests
{
    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Build_AnyIds_GivesDenseIndicesThatRoundTripToTheIds(string?[] raw)
    {
        var ids = raw.Select(r => r ?? string.Empty).ToArray();
        var interner = new CustomerIdInterner();
        foreach (var id in ids)
        {
            interner.Add(id);
        }

        var (customers, names) = interner.Build(CancellationToken.None);

        return names.Count == ids.Distinct(StringComparer.Ordinal).Count()
            && names.Distinct(StringComparer.Ordinal).Count() == names.Count
            && ids.Select((id, row) => names[customers[row]] == id).All(ok => ok);
    }
}
