using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Docs;

/// <summary>
/// Every public type and member of the packaged libraries (LaosRights.Data*.dll) has XML documentation with a
/// summary: checked by reflection against the XML documentation file each package ships, so a member added without
/// docs, or a doc file that stops shipping, fails here. Compiled into each test project (linked into
/// LaosRights.Data.Export.Tests), so each checks the libraries it references.
/// </summary>
public class XmlDocumentationTests
{
    public static TheoryData<string> Libraries() => new(
        Directory.GetFiles(AppContext.BaseDirectory, "LaosRights.Data*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => name!)
            .Order(StringComparer.Ordinal));

    [Fact]
    public void The_core_library_is_among_the_libraries_checked()
    {
        Libraries().Select(row => row.Data).Should().Contain("LaosRights.Data");
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Every_public_type_and_member_has_a_documented_summary(string library)
    {
        var assembly = Assembly.Load(library);
        var docs = DocumentedMembers(Path.Combine(AppContext.BaseDirectory, library + ".xml"));
        var publicApi = PublicApi(assembly).ToList();
        publicApi.Should().Contain(m => m.Id.StartsWith("T:", StringComparison.Ordinal), "the check must see the library's API");
        if (library == "LaosRights.Data")
        {
            publicApi.Should().HaveCountGreaterThan(400, "the check must see the whole core API");
        }

        var missing = publicApi.Where(m => !docs.Contains(m.Id) && !m.MayBeImplicit).Select(m => m.Id).ToList();
        missing.Should().BeEmpty($"every public member of {library} needs XML docs with a <summary> (or <inheritdoc/>); missing: {string.Join(", ", missing)}");
    }

    /// <summary>The ids of the members whose docs have a non-empty summary or inherit their docs.</summary>
    private static HashSet<string> DocumentedMembers(string xmlPath)
    {
        File.Exists(xmlPath).Should().BeTrue($"{xmlPath} is the documentation file the package ships");
        return XDocument.Load(xmlPath).Descendants("member")
            .Where(m => m.Element("inheritdoc") is not null || !string.IsNullOrWhiteSpace(m.Element("summary")?.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
    }

    private sealed record ApiMember(string Id, bool MayBeImplicit = false);

    private static IEnumerable<ApiMember> PublicApi(Assembly assembly)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes())
        {
            yield return new ApiMember("T:" + TypeName(type));
            var constructors = type.GetConstructors(All).Where(Visible).ToList();
            foreach (var ctor in constructors.Where(c => !Generated(c)))
            {
                // A class that declares no constructor gets an implicit, undocumentable public one.
                yield return new ApiMember(MethodId(ctor), MayBeImplicit: constructors.Count == 1 && ctor.GetParameters().Length == 0);
            }

            foreach (var method in type.GetMethods(All).Where(m => Visible(m) && !Generated(m) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))))
            {
                yield return new ApiMember(MethodId(method));
            }

            foreach (var property in type.GetProperties(All).Where(p => p.GetAccessors(nonPublic: true).Any(Visible) && !Generated(p)))
            {
                var index = property.GetIndexParameters();
                yield return new ApiMember("P:" + TypeName(type) + "." + property.Name + (index.Length == 0 ? "" : "(" + string.Join(",", index.Select(p => ParameterType(p.ParameterType))) + ")"));
            }

            foreach (var field in type.GetFields(All).Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName && !Generated(f)))
            {
                yield return new ApiMember("F:" + TypeName(type) + "." + field.Name);
            }

            foreach (var evt in type.GetEvents(All).Where(e => e.AddMethod is { } add && Visible(add)))
            {
                yield return new ApiMember("E:" + TypeName(type) + "." + evt.Name);
            }
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    // What the compiler writes for records (Equals, PrintMembers, the copy constructor, …) has no source to document.
    private static bool Generated(MemberInfo m) => m.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    // The documentation id format of the C# compiler (ECMA-334 annex D).
    private static string MethodId(MethodBase method)
    {
        var id = new StringBuilder("M:").Append(TypeName(method.DeclaringType!)).Append('.')
            .Append(method.IsConstructor ? "#ctor" : method.Name);
        if (method.IsGenericMethodDefinition)
        {
            id.Append("``").Append(method.GetGenericArguments().Length);
        }

        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            id.Append('(').AppendJoin(',', parameters.Select(p => ParameterType(p.ParameterType))).Append(')');
        }

        if (method is MethodInfo { Name: "op_Implicit" or "op_Explicit" } conversion)
        {
            id.Append('~').Append(ParameterType(conversion.ReturnType));
        }

        return id.ToString();
    }

    private static string TypeName(Type type) =>
        (type.DeclaringType is { } outer ? TypeName(outer) + "." + type.Name : type.Namespace + "." + type.Name);

    private static string ParameterType(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterType(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterType(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            string name = (definition.DeclaringType is { } outer ? TypeName(outer) + "." : definition.Namespace + ".") + definition.Name.Split('`')[0];
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterType)) + "}";
        }

        return type.DeclaringType is { } declaring ? ParameterType(declaring) + "." + type.Name : type.Namespace + "." + type.Name;
    }
}
