using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.DependencyInjection;

/// <summary>Custom criteria used by the DI tests.</summary>
internal static class TestCriteria
{
    internal static TranslatableCriterion<Customer> SpentOver { get; } = new(
        "spentOver", (c, args) => c.TotalSpend > args.GetNumber("amount"), [new CriterionParameter("amount", ValueKind.Number)]);

    internal static InMemoryCriterion<Customer> HasOpenTicket { get; } = InMemoryCriterion<Customer>.FromAsyncPredicate(
        "hasOpenTicket", (c, args, ct) => ValueTask.FromResult(c.Id % 2 == 0), [new CriterionParameter("days", ValueKind.Number)]);
}

/// <summary>A ticket service a container-resolved criterion depends on.</summary>
public sealed class TicketService
{
    public bool IsOpen(int customerId) => customerId % 3 == 0;
}

/// <summary>A criterion implemented as a class with a constructor dependency.</summary>
public sealed class RecentTicketCriterion(TicketService tickets) : ICriterionSource
{
    public CustomCriterionDefinition Criterion { get; } =
        InMemoryCriterion<Customer>.FromPredicate("recentTicket", (c, _) => tickets.IsOpen(c.Id));
}
