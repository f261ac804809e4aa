"""tests/perturbations.py maps each gold quote to the text it became, so a perturbation is scored, not its harness."""

from perturbations import PERTURBATIONS, _mapped


def test_a_quote_maps_into_a_markdown_page_whose_bullet_and_bold_depend_on_the_whole_line():
    """Markdown bullets a line only when it is long and bolds its first two numbers: the page before the quote,
    perturbed alone, is then no prefix of the page through it, and the quote is found with its markup instead
    (heldout830 n01: 4 of 5 gold targets were scored as missed for want of it)."""
    page = "标题\n“十二五”期间,青海将力争完成1662个贫困村的整村推进任务,每个项目村的整合资金将力争达到100万元以上。\n"
    markdown = PERTURBATIONS["markdown"]
    for quote, became in (("青海将力争完成1662个贫困村", "青海将力争完成**1662**个贫困村"),
                          ("整合资金将力争达到100万元以上", "整合资金将力争达到**100**万元以上")):
        assert _mapped(page, quote, markdown) == became
        assert became in markdown(page)


def test_a_quote_of_a_local_perturbation_maps_by_its_prefix():
    """Hard wraps act character by character: the quote is the perturbed text between the two prefixes."""
    page = "一" * 30 + "新建幼儿园20所,新增学位5000个。\n"
    mapped = _mapped(page, "新建幼儿园20所", PERTURBATIONS["wrap38"])
    assert mapped == "新建幼儿园\n20所" or mapped.replace("\n", "") == "新建幼儿园20所"
    assert mapped in PERTURBATIONS["wrap38"](page)


def test_a_sets_manifest_is_copied_as_it_is_not_perturbed_as_a_page():
    """The seeds' folder holds its manifest.csv beside the pages: a form that writes a page as HTML (site-page) must
    leave it a manifest, or the build refuses the folder and the form is not measured at all."""
    from perturbations import perturbed_score

    before, after = perturbed_score("seeds", "site-page")
    assert after["pred_rows"] > 0 and before["gold_actual"] == after["gold_actual"] > 0
