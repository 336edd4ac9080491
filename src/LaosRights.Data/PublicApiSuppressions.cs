using System.Diagnostics.CodeAnalysis;

// Public API analyzer (Microsoft.CodeAnalysis.PublicApiAnalyzers) findings that are deliberate, one by one.

// RS0026 guards against overloads that differ only in optional parameters, where adding one breaks callers that
// omit them. The two Load overloads (Stream, path) and the two Parse overloads (UTF-8 bytes, text) differ in their
// required first parameter, so no call is ambiguous; they were declared together.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the type of their required first parameter.",
    Scope = "member", Target = "~M:LaosRights.Data.LaosRightsDataset.Load(System.IO.Stream,LaosRights.Data.DatasetLoadOptions)~LaosRights.Data.LaosRightsDataset")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the type of their required first parameter.",
    Scope = "member", Target = "~M:LaosRights.Data.LaosRightsDataset.Parse(System.ReadOnlySpan{System.Byte},LaosRights.Data.DatasetLoadOptions)~LaosRights.Data.LaosRightsDataset")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the type of their required first parameter.",
    Scope = "member", Target = "~M:LaosRights.Data.LaosRightsDataset.Load(System.String,LaosRights.Data.DatasetLoadOptions)~LaosRights.Data.LaosRightsDataset")]

[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the type of their required first parameter.",
    Scope = "member", Target = "~M:LaosRights.Data.LaosRightsDataset.Parse(System.String,LaosRights.Data.DatasetLoadOptions)~LaosRights.Data.LaosRightsDataset")]
// RS0041 reports the nested struct enumerator of a generic type as "oblivious", although the file is compiled with
// nullable reference types enabled and the enumerator has no reference-type signature of its own to annotate.
[assembly: SuppressMessage("ApiDesign", "RS0041:Public members should not use oblivious types",
    Justification = "RecordCollection<T>.Enumerator is a struct; nothing in the signature can be annotated.",
    Scope = "member", Target = "~M:LaosRights.Data.RecordCollection`1.GetEnumerator~LaosRights.Data.RecordCollection`1.Enumerator")]

// The same for the time filters: InYear and During each have one overload per record type (Event, Figure, Claim),
// differing in their required `this` parameter, so no call is ambiguous.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the type of their required first (this) parameter.",
    Scope = "type", Target = "~T:LaosRights.Data.TimeQueries")]
