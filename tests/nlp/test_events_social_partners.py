"""Austria's social partners and chambers act for labour and business (ÖGB and Arbeiterkammer LAB,
Wirtschaftskammer and Industriellenvereinigung BUS: actors.tsv), a Gewerkschaftsbund is the labour
of its setting, Caritas, Diakonie and Volkshilfe its NGOs, a medical or lawyers' chamber and a judges' association the health or judicial
sector, a Bürgerinitiative civilians (agents.tsv), as the gnad1 and gnad2 coders code them.
Eighteenth session, issue 10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind, source", [
    ("Wien – Der ÖGB kritisierte die Pläne der Regierung.", "DISAPPROVE", "AUTLAB"),
    ("Wien – Die Arbeiterkammer kritisierte die Pläne der Regierung.", "DISAPPROVE", "AUTLAB"),
    ("Wien – Die Wirtschaftskammer lehnte die Forderung der Gewerkschaft ab.", "REJECT", "AUTBUS"),
    ("Berlin – Der Gewerkschaftsbund kritisierte die Regierung.", "DISAPPROVE", "DEULAB"),
    ("Wien – Die Ärztekammer kritisierte die Stadträtin.", "DISAPPROVE", "AUTHLH"),
    ("Wien – Die Richtervereinigung kritisierte die Pläne des Ministers.", "DISAPPROVE", "AUTJUD"),
    ("Wien – Die Bürgerinitiative forderte den Bürgermeister zum Rücktritt auf.", "DEMAND", "AUTCVL"),
    ("Wien – Die Caritas kritisierte die Regierung scharf.", "DISAPPROVE", "AUTNGO"),
    ("Berlin – Die Diakonie forderte von der Regierung mehr Hilfe.", "DEMAND", "DEUNGO"),
])
def test_chambers_and_associations_act_for_their_sector(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == [source]
