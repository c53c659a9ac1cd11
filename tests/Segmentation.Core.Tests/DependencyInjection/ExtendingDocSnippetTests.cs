using Microsoft.Extensions.DependencyInjection;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.DependencyInjection;
using Segmentation.Dsl;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.DependencyInjection;

/// <summary>The code of docs/extending.md, kept here so that it compiles and runs.</summary>
public sealed class ExtendingDocSnippetTests
{
    [Fact]
    public void Snippets_OfExtendingDoc_Work()
    {
        // begin: register
        var services = new ServiceCollection();
        services.AddSingleton<TicketService>();
        services.AddSegmentation(b => b
            .AddCatalog<Customer>(o => o.Exclude("name"))
            .AddCriterion(new TranslatableCriterion<Customer>(
                "spentOver",
                (c, args) => c.TotalSpend > args.GetNumber("amount"),
                [new CriterionParameter("amount", ValueKind.Number)]))
            .AddCriterion(InMemoryCriterion<Customer>.FromAsyncPredicate(
                "hasOpenTicket",
                (c, args, ct) => ValueTask.FromResult(c.Id % 2 == 0),
                [new CriterionParameter("days", ValueKind.Number)]))
            .AddCriterion<RecentTicketCriterion>()
            .AddDefinition<Customer>("vip", s => s
                .Where(c => c.Country).In("US", "CA", "GB")
                .And(g => g.Matches("spentOver", ("amount", 500))))
            .AddDefinition<Customer>("needsCall", s => s
                .InSegment("vip")
                .And(g => g.Matches("hasOpenTicket", ("days", 30)))));
        // end

        using var provider = services.BuildServiceProvider();

        // begin: use
        var segments = provider.GetRequiredService<ISegmentDefinitionProvider<Customer>>();
        var vip = segments.Get("vip");
        var report = segments.Describe("needsCall");   // IsTranslatable: false, InMemoryCriteria: [hasOpenTicket]
        segments.Changed += (_, e) => Console.WriteLine($"segments v{e.Current.Version}: {string.Join(", ", e.Current.Names)}");
        segments.Reload([vip, segments.Get("needsCall")]);   // validated first, then swapped in one step
        var snapshot = segments.Current;                     // consistent reads across several names
        // end

        Assert.False(report.IsTranslatable);
        Assert.Equal(["hasOpenTicket"], report.InMemoryCriteria);
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(["vip", "needsCall"], snapshot.Names);
    }
}
