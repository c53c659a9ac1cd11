// A CRM-style host: segment definitions are data (segments.json, as a CRM stores them), checked
// against the allowed fields when the container first resolves them, then evaluated over customers.
using Microsoft.Extensions.DependencyInjection;
using Segmentation.DependencyInjection;
using Segmentation.Evaluation;
using Segmentation.Serialization;

var services = new ServiceCollection();
services.AddSegmentation(segmentation => segmentation
    .AddCatalog<Contact>(fields => fields.Include("country", "totalSpend", "newsletter"))
    .AddDefinitions<Contact>((_, catalog) =>
        SegmentJson.DeserializeSet(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "segments.json")), catalog).Segments));

using var provider = services.BuildServiceProvider();
var catalog = provider.GetRequiredService<ISegmentCatalogProvider>().GetCatalog<Contact>();
var definitions = provider.GetRequiredService<ISegmentDefinitionProvider<Contact>>();
var set = SegmentSet<Contact>.FirstMatch([.. definitions.Names.Select(definitions.Get)], "Everyone else", catalog);

Contact[] contacts =
[
    new("Alice", "US", 820m, Newsletter: false),
    new("Bruno", "FR", 950m, Newsletter: true),
    new("Chen", "CA", 90m, Newsletter: false),
];
var asOf = DateTimeOffset.UtcNow;
foreach (var match in set.Evaluate(contacts, asOf))
{
    var segment = set.Names[match.Membership.MinIndex];
    var action = definitions.TryGet(segment, out var definition) ? definition.Action : "Nothing yet.";
    Console.WriteLine($"{match.Customer.Name,-6} {segment,-14} {action}");
}

return 0;

public sealed record Contact(string Name, string Country, decimal TotalSpend, bool Newsletter);
