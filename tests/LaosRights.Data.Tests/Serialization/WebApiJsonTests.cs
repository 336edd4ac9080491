using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// Issue 13, item 1: a real ASP.NET Core minimal API in this process, on loopback, returns records with default
/// settings; an <see cref="HttpClient"/> reads them back equal to the originals.
/// </summary>
public class WebApiJsonTests
{
    [Fact]
    public async Task A_minimal_API_serves_records_that_a_client_reads_back_equal()
    {
        var data = LaosRightsDataset.Default;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/events/{id}", (string id) => data.Events.TryGet(id, out var e) ? Results.Ok(e) : Results.NotFound());
        app.MapGet("/figures/{id}", (string id) => Results.Ok(data.Figures[id]));
        app.MapGet("/claims/{id}", (string id) => Results.Ok(data.Claims[id]));
        app.MapGet("/events", (int year) => data.Events.InYear(year, DateMatch.Certainly).InChronologicalOrder());
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var token = TestContext.Current.CancellationToken;

            var ratification = data.Events["iccpr-ratification-2009"];
            var raw = await client.GetStringAsync(new Uri("/events/iccpr-ratification-2009", UriKind.Relative), token);
            raw.Should().Contain("\"date\":\"2009-09-25\"").And.Contain("\"standing\":\"stated\"").And.NotContain("Calendar");
            (await client.GetFromJsonAsync<Event>(new Uri("/events/iccpr-ratification-2009", UriKind.Relative), token)).Should().Be(ratification);

            var figure = data.Figures["hmong-exile-thailand-count"];
            var figureBack = await client.GetFromJsonAsync<Figure>(new Uri("/figures/hmong-exile-thailand-count", UriKind.Relative), token);
            figureBack.Should().Be(figure);
            figureBack!.Quantity.Bound.Should().Be(QuantityBound.AtMost, "'as many as' stays an upper bound");

            var claim = data.Claims["genocide-accusation"];
            var claimBack = await client.GetFromJsonAsync<Claim>(new Uri("/claims/genocide-accusation", UriKind.Relative), token);
            claimBack.Should().Be(claim);
            claimBack!.Standing.Should().Be(Standing.Alleged);

            var expected = data.Events.InYear(2009, DateMatch.Certainly).InChronologicalOrder().ToArray();
            expected.Should().Contain(ratification);
            (await client.GetFromJsonAsync<Event[]>(new Uri("/events?year=2009", UriKind.Relative), token)).Should().Equal(expected);
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
    }
}
